namespace SyncConsole.QuickBooks.Auth;

/// <summary>The OAuth server refused a request for a reason other than an invalid grant.</summary>
public class QuickBooksOAuthException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QuickBooksOAuthException()
        : base("The QuickBooks OAuth request failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QuickBooksOAuthException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public QuickBooksOAuthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from an OAuth error answer.</summary>
    public QuickBooksOAuthException(int statusCode, string? error, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public int StatusCode { get; }

    /// <summary>The OAuth <c>error</c> code, e.g. <c>invalid_client</c>.</summary>
    public string? Error { get; }
}
