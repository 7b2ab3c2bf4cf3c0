namespace SyncConsole.Core.Ports;

/// <summary>
/// Thrown by an adapter when the provider refuses the connection's grant for good (revoked, expired, rotated away).
/// Retrying cannot help: the job fails and the connection needs a person to connect it again.
/// </summary>
public class ReauthorizationRequiredException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReauthorizationRequiredException()
        : base("The connection must be authorized again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ReauthorizationRequiredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ReauthorizationRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
