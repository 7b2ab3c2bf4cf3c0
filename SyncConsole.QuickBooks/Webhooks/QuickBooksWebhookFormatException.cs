namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>The webhook body is not a QuickBooks notification in either known format.</summary>
public sealed class QuickBooksWebhookFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QuickBooksWebhookFormatException()
        : base("The body is not a QuickBooks webhook notification.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QuickBooksWebhookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public QuickBooksWebhookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
