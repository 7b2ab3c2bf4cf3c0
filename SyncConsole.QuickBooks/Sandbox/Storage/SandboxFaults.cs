namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>
/// Fault injection settings of one realm. Rates are probabilities between 0 and 1 applied per API request
/// (429, 500, timeout) or per webhook event (drop, duplicate, delay, reorder). All default to 0.
/// </summary>
public sealed record SandboxFaults
{
    /// <summary>No faults.</summary>
    public static SandboxFaults None { get; } = new();

    /// <summary>Probability that an API request starts a burst of 429 ThrottleExceeded answers.</summary>
    public double ThrottleRate { get; init; }

    /// <summary>How many consecutive requests a 429 burst rejects (default 3).</summary>
    public int ThrottleBurst { get; init; } = 3;

    /// <summary>Probability of an HTTP 500 SystemFault.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Probability that a request is held for <see cref="TimeoutDelay"/> before it is answered.</summary>
    public double TimeoutRate { get; init; }

    /// <summary>How long a "timed out" request is held (default 30 s).</summary>
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Single-entity writes whose request body contains any of these texts are refused, every time, with a business
    /// validation fault (6000): a record the provider keeps refusing until the fault is removed. Default none.
    /// </summary>
    public IReadOnlyList<string> RefuseWritesContaining { get; init; } = [];

    /// <summary>Probability that a webhook event is never sent.</summary>
    public double WebhookDropRate { get; init; }

    /// <summary>Probability that a webhook event is sent twice.</summary>
    public double WebhookDuplicateRate { get; init; }

    /// <summary>Probability that a webhook event is sent after <see cref="WebhookDelay"/>.</summary>
    public double WebhookDelayRate { get; init; }

    /// <summary>How long a delayed webhook waits (default 2 s).</summary>
    public TimeSpan WebhookDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Probability that a webhook event is held back and sent after the next one.</summary>
    public double WebhookReorderRate { get; init; }
}
