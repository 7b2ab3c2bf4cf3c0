namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>The verdict on one webhook delivery.</summary>
public enum QuickBooksWebhookStatus
{
    /// <summary>Signed with the verifier token and parsed: record the events and answer 200.</summary>
    Accepted,

    /// <summary>Missing or wrong <c>intuit-signature</c>: answer 401 and record nothing.</summary>
    BadSignature,

    /// <summary>Correctly signed but not a QuickBooks notification, or too large: answer 400 and record nothing.</summary>
    Malformed,
}
