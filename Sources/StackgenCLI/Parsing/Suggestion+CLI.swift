import StackgenCore

typealias Suggestion = StackgenCore.Suggestion
