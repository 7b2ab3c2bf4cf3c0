namespace SyncConsole.QuickBooks.Api;

/// <summary>How a QuickBooks failure should be handled.</summary>
public enum QuickBooksErrorKind
{
    /// <summary>The request is wrong (400, 2020, 2500, 6000, ...): fix the data; retrying will not help.</summary>
    Validation,

    /// <summary>401/403 (100, 3100, 3200) even after a token refresh: reconnect or fix permissions.</summary>
    Authentication,

    /// <summary>429 / 3001 after all retries: try again later.</summary>
    Throttled,

    /// <summary>5xx, timeouts or network failures after all retries: try again later.</summary>
    Transient,

    /// <summary>The object does not exist or was deleted (610, 404).</summary>
    NotFound,

    /// <summary>Stale SyncToken (5010): re-read, merge and write again.</summary>
    Stale,

    /// <summary>Duplicate name (6240) or document number (6140).</summary>
    Duplicate,
}
