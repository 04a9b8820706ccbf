import StackgenApiGatewayV2
import StackgenCloudWatch
import StackgenLambda
import StackgenLogs
import StackgenSNS

/// Alarms to an SNS topic, the function's log group with the environment's retention, and
/// a dashboard of function and API metrics.
struct DigitalTwinMonitoring {
    @discardableResult
    init(
        in stack: inout Stack, settings: DigitalTwinSettings, function: Resource<Lambda.Function>,
        api: Resource<ApiGatewayV2.Api>
    ) {
        let env = settings.name
        let topic = stack.add(
            "AlarmTopic",
            SNS.Topic(displayName: .init("Digital Twin Chat Alarms (\(env))"), topicName: .init("digital-twin-chat-alarms-\(env)")))
        stack.add(
            "LambdaLogGroup",
            Logs.LogGroup(logGroupName: "/aws/lambda/\(function.ref)", retentionInDays: .init(settings.logRetentionDays)),
            deletionPolicy: .retain, updateReplacePolicy: .retain)

        let functionDimension = CloudWatch.Alarm.Dimension(name: "FunctionName", value: function.ref)
        let apiDimension = CloudWatch.Alarm.Dimension(name: "ApiId", value: api.ref)
        let alarms: [(id: String, name: String, description: String, namespace: String, metric: String,
                      dimension: CloudWatch.Alarm.Dimension, statistic: CloudWatch.Alarm.Statistic, threshold: Int,
                      periods: Int, comparison: CloudWatch.Alarm.ComparisonOperator)] = [
            ("LambdaErrorAlarm", "lambda-errors", "Lambda error rate exceeds 5%", "AWS/Lambda", "Errors",
             functionDimension, .sum, 5, 2, .greaterThanThreshold),
            ("LambdaDurationAlarm", "lambda-duration", "Lambda duration approaching timeout (>25s)", "AWS/Lambda", "Duration",
             functionDimension, .average, 25000, 2, .greaterThanThreshold),
            ("LambdaThrottleAlarm", "lambda-throttles", "Lambda function is being throttled", "AWS/Lambda", "Throttles",
             functionDimension, .sum, 1, 1, .greaterThanOrEqualToThreshold),
            ("Api5xxAlarm", "api-5xx", "API Gateway 5xx error rate exceeds 1%", "AWS/ApiGateway", "5XXError",
             apiDimension, .sum, 10, 2, .greaterThanThreshold),
            ("Api4xxAlarm", "api-4xx", "API Gateway 4xx error rate is high", "AWS/ApiGateway", "4XXError",
             apiDimension, .sum, 50, 2, .greaterThanThreshold),
        ]
        for alarm in alarms {
            stack.add(
                alarm.id,
                CloudWatch.Alarm(
                    alarmActions: [topic.ref],
                    alarmDescription: .init(alarm.description),
                    alarmName: .init("digital-twin-chat-\(alarm.name)-\(env)"),
                    comparisonOperator: alarm.comparison,
                    dimensions: [alarm.dimension],
                    evaluationPeriods: .init(alarm.periods),
                    metricName: .init(alarm.metric),
                    namespace: .init(alarm.namespace),
                    period: 300,
                    statistic: alarm.statistic,
                    threshold: .whole(alarm.threshold),
                    treatMissingData: .notBreaching))
        }

        stack.add(
            "Dashboard",
            CloudWatch.Dashboard(
                dashboardBody: Self.dashboardBody(function: function.ref, api: api.ref),
                dashboardName: .init("digital-twin-chat-\(env)")))
    }

    /// Two rows of three graphs, as the CDK construct lays them out.
    static func dashboardBody(function: Value<String>, api: Value<String>) -> Value<String> {
        func widget(_ index: Int, _ title: String, _ metrics: [Value<String>]) -> Value<String> {
            let x = String((index % 3) * 8), y = String((index / 3) * 6)
            var body: Value<String> = "{\"type\":\"metric\",\"x\":\(x),\"y\":\(y),\"width\":8,\"height\":6,"
            body = "\(body)\"properties\":{\"view\":\"timeSeries\",\"title\":\"\(title)\",\"region\":\"\(AWS.region)\",\"metrics\":["
            for (position, metric) in metrics.enumerated() { body = position == 0 ? "\(body)\(metric)" : "\(body),\(metric)" }
            return "\(body)],\"period\":300}}"
        }
        func lambda(_ name: String, _ stat: String) -> Value<String> {
            "[\"AWS/Lambda\",\"\(name)\",\"FunctionName\",\"\(function)\",{\"stat\":\"\(stat)\"}]"
        }
        func gateway(_ name: String, _ stat: String, label: String? = nil) -> Value<String> {
            let options = label.map { ",\"label\":\"\($0)\"" } ?? ""
            return "[\"AWS/ApiGateway\",\"\(name)\",\"ApiId\",\"\(api)\",{\"stat\":\"\(stat)\"\(options)}]"
        }
        let widgets = [
            widget(0, "Lambda Invocations", [lambda("Invocations", "Sum")]),
            widget(1, "Lambda Errors", [lambda("Errors", "Sum")]),
            widget(2, "Lambda Duration", [lambda("Duration", "Average")]),
            widget(3, "API Request Count", [gateway("Count", "Sum")]),
            widget(4, "API Latency", [gateway("Latency", "Average")]),
            widget(5, "API Errors", [gateway("4XXError", "Sum", label: "4XX Errors"), gateway("5XXError", "Sum", label: "5XX Errors")]),
        ]
        var body: Value<String> = "{\"widgets\":["
        for (position, widget) in widgets.enumerated() { body = position == 0 ? "\(body)\(widget)" : "\(body),\(widget)" }
        return "\(body)]}"
    }
}
