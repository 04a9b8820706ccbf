@_exported import StackgenCore
