using System.Globalization;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>A QuickBooks fault the emulator answers with: HTTP status, fault type, code, message, detail and element.</summary>
internal sealed class SandboxFaultException(int status, string faultType, string code, string message, string detail, string element)
    : Exception(message)
{
    public int Status { get; } = status;

    public string FaultType { get; } = faultType;

    public string Code { get; } = code;

    public string Detail { get; } = detail;

    public string Element { get; } = element;

    public static SandboxFaultException Required(string element) => Validation(
        "2020",
        "Required param missing, need to supply the required value for the API",
        $"Required parameter {element} is missing in the request",
        element);

    public static SandboxFaultException InvalidReference(string element, string id) => Validation(
        "2500", "Invalid Reference Id", $"Invalid Reference Id : {element} {id} does not exist", element);

    public static SandboxFaultException Inactive(string element) => Validation(
        "610",
        "Object Not Found",
        "Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.",
        element);

    public static SandboxFaultException Deleted(string element) => Validation(
        "610", "Object Not Found", "Object Not Found : Another user has deleted this transaction.", element);

    public static SandboxFaultException NotFound(string entity, string id) => Validation(
        "610", "Object Not Found", $"Object Not Found : Something you're trying to use has been made inactive or deleted: {entity} {id}", "Id");

    public static SandboxFaultException Stale() => Validation(
        "5010",
        "Stale Object Error",
        "Stale Object Error : You and root were working on this at the same time. root finished before you did, so your work was not saved.",
        string.Empty);

    public static SandboxFaultException DuplicateName() => Validation(
        "6240",
        "Duplicate Name Exists Error",
        "The name supplied already exists. : Another customer, vendor or employee is already using this name. Please use a different name.",
        string.Empty);

    public static SandboxFaultException BusinessValidation() => Validation(
        "6000",
        "A business validation error has occurred while processing your request",
        "Business Validation Error: the sandbox refuses this record (fault injection).",
        string.Empty);

    public static SandboxFaultException NoName() => Validation(
        "6080", "No Name Provided", "No Name Provided : Please provide a name, such as a DisplayName or a GivenName.", "DisplayName");

    public static SandboxFaultException InvalidAccountType(string element) => Validation(
        "6010", "Invalid AccountType/SubType", "Invalid AccountType/SubType : provide a valid AccountType or AccountSubType.", element);

    public static SandboxFaultException InvalidEnumeration(string element, string value) => Validation(
        "2170", "Invalid Enumeration", $"Invalid Enumeration : {value}", element);

    public static SandboxFaultException AmountIncorrect(string element) => Validation(
        "6070", "Amount calculation incorrect", "Amount calculation incorrect : Amount is not equal to UnitPrice * Qty", element);

    public static SandboxFaultException Business(string detail) => Validation(
        "6000", "A business validation error has occurred while processing your request", $"Business Validation Error: {detail}", string.Empty);

    public static SandboxFaultException Unsupported(string detail) => Validation("500", "Unsupported Operation", detail, string.Empty);

    public static SandboxFaultException BadRequest(string detail) => Validation(
        "2010", "Request has invalid or unsupported property", detail, string.Empty);

    public static SandboxFaultException QueryParser(string detail) => Validation(
        "4000", "Error parsing query", $"QueryParserError: {detail}", string.Empty);

    public static SandboxFaultException QueryValidation(string detail) => Validation(
        "4001", "Invalid query", $"QueryValidationError: {detail}", string.Empty);

    public static SandboxFaultException BatchTooLarge(int max) => Validation(
        "1040", "Batch size exceeds allowed limit", string.Create(CultureInfo.InvariantCulture, $"Batch size exceeds the maximum of {max} items"), string.Empty);

    public static SandboxFaultException AuthenticationFailed() => new(
        401, "AuthenticationFault", "3200", "message=AuthenticationFailed; errorCode=003200; statusCode=401", "Token expired or invalid", string.Empty);

    public static SandboxFaultException AuthorizationFailed() => new(
        403, "AuthorizationFault", "3100", "message=AuthorizationFailed; errorCode=003100; statusCode=403", "The token does not grant access to this company", string.Empty);

    public static SandboxFaultException Throttled() => new(
        429, "SERVICE", "3001", "message=ThrottleExceeded; errorCode=003001; statusCode=429", "The request limit was reached.  Try again later", string.Empty);

    public static SandboxFaultException SystemFault() => new(
        500, "SystemFault", "10000", "An application error has occurred while processing your request", "System Failure Error: injected fault", string.Empty);

    private static SandboxFaultException Validation(string code, string message, string detail, string element) =>
        new(400, "ValidationFault", code, message, detail, element);
}
