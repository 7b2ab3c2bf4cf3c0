using SyncConsole.Core.Ports;

namespace SyncConsole.QuickBooks.Auth;

/// <summary>
/// The connection's grant is gone (<c>invalid_grant</c>: refresh token expired, rotated away or revoked, or no tokens
/// stored). Only the user can fix it by connecting again; mark the connection <c>needs_reauth</c>.
/// </summary>
public sealed class QuickBooksReauthorizationRequiredException : ReauthorizationRequiredException
{
    /// <summary>Creates the exception.</summary>
    public QuickBooksReauthorizationRequiredException()
        : base("The QuickBooks connection must be authorized again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QuickBooksReauthorizationRequiredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public QuickBooksReauthorizationRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
