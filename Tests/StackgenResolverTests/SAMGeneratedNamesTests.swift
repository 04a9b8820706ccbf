import StackgenCore
import Testing

/// `DependsOn` may name what SAM's transform adds; the names come from StackgenFacts.
@Suite("SAM generated names in DependsOn")
struct SAMGeneratedNamesTests {
    @Test func hashedDeploymentAndFunctionRoleAreLegal() {
        var app = App("deps", region: .euWest1)
        var a = Stack("a")
        a.add("Api", GenericResource("AWS::Serverless::Api", properties: ["StageName": "v1"]))
        a.add("Fn", GenericResource("AWS::Serverless::Function", properties: ["Handler": "app.handler"]))
        a.add("Mapping", topic, dependsOn: [GeneratedResource("ApiDeployment3f2a1b9c0d"), GeneratedResource("FnRole")])
        app.add(a)
        #expect(resolve(app).1 == [])
    }

    @Test func aFunctionWithItsOwnRoleGetsNoGeneratedRole() {
        var app = App("deps", region: .euWest1)
        var a = Stack("a")
        a.add("Fn", GenericResource("AWS::Serverless::Function", properties: ["Role": "arn:aws:iam::1:role/x"]))
        let line = #line + 1
        a.add("Mapping", topic, dependsOn: [GeneratedResource("FnRole")])
        app.add(a)
        #expect(
            resolve(app).1 == [
                """
                StackgenResolverTests/SAMGeneratedNamesTests.swift:\(line): error[SG205]: 'DependsOn' names missing resource 'FnRole'
                  at: stack a › resource Mapping › DependsOn
                  hint: depend on a resource of the same stack; across stacks, use its value and stackgen orders the stacks
                """
            ])
    }
}
