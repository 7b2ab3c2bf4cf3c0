using SyncConsole.Notifications;

namespace SyncConsole.Tests.Console.Notifications;

public sealed class NotificationRetryScheduleTests
{
    [Fact]
    public void DefaultSchedule_Unconfigured_GrowsAndRetriesForAtLeast24Hours()
    {
        var schedule = new NotificationOptions().EffectiveRetrySchedule;

        Assert.True(schedule.Aggregate(TimeSpan.Zero, (sum, d) => sum + d) >= TimeSpan.FromHours(24));
        Assert.Equal(schedule.Order(), schedule);
        Assert.Equal(TimeSpan.FromMinutes(1), schedule[0]);
    }

    [Fact]
    public void Signature_WrongSecretTamperedBodyOrOldTimestamp_DoesNotVerify()
    {
        var at = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var header = NotificationSignature.Header("whsec_right", at, """{"id":"e1"}""");

        Assert.True(NotificationSignature.Verify(header, "whsec_right", """{"id":"e1"}""", at.AddMinutes(4)));
        Assert.False(NotificationSignature.Verify(header, "whsec_wrong", """{"id":"e1"}""", at));
        Assert.False(NotificationSignature.Verify(header, "whsec_right", """{"id":"e2"}""", at));
        Assert.False(NotificationSignature.Verify(header, "whsec_right", """{"id":"e1"}""", at.AddMinutes(6)));
        Assert.False(NotificationSignature.Verify("v1=deadbeef", "whsec_right", """{"id":"e1"}""", at));
    }
}
