namespace SyncConsole.Notifications;

/// <summary>Wire names of a delivery's status.</summary>
public static class NotificationStatuses
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Pending, Delivered, Failed];
}
