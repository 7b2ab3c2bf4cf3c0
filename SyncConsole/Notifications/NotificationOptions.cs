namespace SyncConsole.Notifications;

/// <summary>Change notifications posted to the application. Section <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Deliveries can be replayed this long after the change (the promise); delivered ones are then pruned.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromDays(14);

    /// <summary>The default retry delays: 1 m, 5 m, 30 m, 2 h, 5 h, 10 h, 10 h (27 h 36 m in all).</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>
    /// Delays after each failed attempt; when they run out the delivery is failed (replayable). Default (empty):
    /// <see cref="DefaultRetrySchedule"/>. Keep the total at 24 h or more; tests shorten it.
    /// </summary>
    public IList<TimeSpan> RetrySchedule { get; } = [];

    /// <summary>How long one POST may take. Default 00:00:10; 00:00:01 to 00:05:00.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest a worker sleeps without a local signal, to pick up deliveries another node queued. Default 00:01:00;
    /// 00:00:01 to 01:00:00.
    /// </summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The schedule in force.</summary>
    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule.Count > 0 ? [.. RetrySchedule] : DefaultRetrySchedule;
}
