/// A CloudFormation parameter type. The types CloudFormation documents are static members
/// (`.string`, `.keyPairName`, `.listOf(.subnetID)`, `.ssmValue(.imageID)`); `.custom(_:)`
/// takes a type newer than stackgen, as `Region.custom` does.
public struct ParameterType: RawRepresentable, Sendable, Hashable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static func custom(_ name: String) -> Self { Self(rawValue: name) }

    public static let string = Self(rawValue: "String")
    public static let number = Self(rawValue: "Number")
    public static let commaDelimitedList = Self(rawValue: "CommaDelimitedList")
    public static let listOfNumbers = Self(rawValue: "List<Number>")

    // AWS-specific types: the console lists the account's values, and CloudFormation
    // refuses a value that does not exist before it starts.
    public static let availabilityZoneName = Self(rawValue: "AWS::EC2::AvailabilityZone::Name")
    public static let imageID = Self(rawValue: "AWS::EC2::Image::Id")
    public static let instanceID = Self(rawValue: "AWS::EC2::Instance::Id")
    public static let keyPairName = Self(rawValue: "AWS::EC2::KeyPair::KeyName")
    public static let securityGroupName = Self(rawValue: "AWS::EC2::SecurityGroup::GroupName")
    public static let securityGroupID = Self(rawValue: "AWS::EC2::SecurityGroup::Id")
    public static let subnetID = Self(rawValue: "AWS::EC2::Subnet::Id")
    public static let volumeID = Self(rawValue: "AWS::EC2::Volume::Id")
    public static let vpcID = Self(rawValue: "AWS::EC2::VPC::Id")
    public static let hostedZoneID = Self(rawValue: "AWS::Route53::HostedZone::Id")
    public static let ssmParameterName = Self(rawValue: "AWS::SSM::Parameter::Name")

    /// `List<AWS::EC2::Subnet::Id>`.
    public static func listOf(_ element: Self) -> Self { Self(rawValue: "List<\(element.rawValue)>") }

    /// `AWS::SSM::Parameter::Value<…>`: the value of an SSM parameter, read at deploy.
    public static func ssmValue(_ type: Self) -> Self { Self(rawValue: "AWS::SSM::Parameter::Value<\(type.rawValue)>") }

    public static let ssmString = ssmValue(.string)
    public static let ssmImageID = ssmValue(.imageID)
}
