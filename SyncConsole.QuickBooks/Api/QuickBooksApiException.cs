namespace SyncConsole.QuickBooks.Api;

/// <summary>A QuickBooks API call failed; <see cref="Kind"/> says how to react, <see cref="Errors"/> carries QuickBooks' own codes.</summary>
public sealed class QuickBooksApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QuickBooksApiException()
        : this(QuickBooksErrorKind.Transient, 0, null, [], "The QuickBooks request failed.", null)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QuickBooksApiException(string message)
        : this(QuickBooksErrorKind.Transient, 0, null, [], message, null)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public QuickBooksApiException(string message, Exception innerException)
        : this(QuickBooksErrorKind.Transient, 0, null, [], message, innerException)
    {
    }

    /// <summary>Creates the exception from a classified fault.</summary>
    public QuickBooksApiException(
        QuickBooksErrorKind kind, int statusCode, string? faultType, IReadOnlyList<QuickBooksFaultError> errors, string message, Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        FaultType = faultType;
        Errors = errors;
    }

    /// <summary>How to react.</summary>
    public QuickBooksErrorKind Kind { get; }

    /// <summary>The HTTP status (0 when no answer came).</summary>
    public int StatusCode { get; }

    /// <summary>QuickBooks' fault type, e.g. <c>ValidationFault</c>.</summary>
    public string? FaultType { get; }

    /// <summary>QuickBooks' errors.</summary>
    public IReadOnlyList<QuickBooksFaultError> Errors { get; }

    /// <summary>The first error's code, if any.</summary>
    public string? Code => Errors.Count > 0 ? Errors[0].Code : null;

    /// <summary>The first error's element, if any.</summary>
    public string? Element => Errors.Count > 0 ? Errors[0].Element : null;
}
