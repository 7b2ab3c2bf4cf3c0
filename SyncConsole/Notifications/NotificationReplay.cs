namespace SyncConsole.Notifications;

/// <summary>How a delivery replay request ended.</summary>
public enum NotificationReplayOutcome
{
    Queued,
    NotFound,

    /// <summary>Older than the replay window (14 days).</summary>
    Expired,

    /// <summary>The tenant has no enabled endpoint to send it to.</summary>
    NoEndpoint,
}

/// <summary>A replay's outcome with the delivery as it now is.</summary>
public sealed record NotificationReplay(NotificationReplayOutcome Outcome, NotificationDeliveryView? Delivery = null);
