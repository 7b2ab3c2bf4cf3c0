namespace SyncConsole.Core.Rules;

/// <summary>How changes are noticed (wire: <c>polling</c>, <c>push</c>, <c>webhook</c>, <c>hybrid</c>).</summary>
public enum ChangeSource
{
    /// <summary>Scheduled polling of both sides.</summary>
    Polling = 1,

    /// <summary>The application notifies (POST notify).</summary>
    Push,

    /// <summary>The provider's webhooks.</summary>
    Webhook,

    /// <summary>Push and webhooks, with polling as a safety net.</summary>
    Hybrid,
}
