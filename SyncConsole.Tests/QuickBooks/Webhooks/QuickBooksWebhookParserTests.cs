using System.Text;
using SyncConsole.QuickBooks.Webhooks;

namespace SyncConsole.Tests.QuickBooks.Webhooks;

public sealed class QuickBooksWebhookParserTests
{
    private const string Legacy = """
        {"eventNotifications":[{"realmId":"1185883450","dataChangeEvent":{"entities":[
           {"name":"Customer","id":"1","operation":"Create","lastUpdated":"2015-10-05T14:42:19-0700"},
           {"name":"CreditMemo","id":"4","operation":"Merge","lastUpdated":"2021-11-28T15:27:59.000Z","deletedID":"5"}]}}]}
        """;

    private const string CloudEvents = """
        [{"specversion":"1.0","id":"88cd52aa-33b6-4351-9aa4-47572edbd068","source":"intuit.dsnBgbseABC=",
          "type":"qbo.account.created.v1","datacontenttype":"application/json","time":"2025-09-10T21:31:25.179851517Z",
          "intuitentityid":"1234","intuitaccountid":"310687","data":{}},
         {"specversion":"1.0","id":"ev-2-Customer-27","source":"intuit.x","type":"qbo.customer.merged.v1",
          "time":"2025-09-10T21:32:00Z","intuitentityid":"26","intuitaccountid":"999","data":{"deletedid":"27"}},
         {"specversion":"1.0","id":"ev-3","source":"intuit.x","type":"qbo.salesreceipt.updated.v1",
          "time":"2025-09-10T21:33:00Z","intuitentityid":"8","intuitaccountid":"310687"}]
        """;

    [Fact]
    public void Parse_LegacyBody_NormalizesTimesWithoutColonAndDeletedIdInAnyCase()
    {
        var events = QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(Legacy));

        Assert.Equal(2, events.Count);
        var created = events[0];
        Assert.Equal(("1185883450", "Customer", "1", QuickBooksWebhookOperation.Create), (created.RealmId, created.EntityName, created.EntityId, created.Operation));
        Assert.Equal(new DateTimeOffset(2015, 10, 5, 14, 42, 19, TimeSpan.FromHours(-7)), created.OccurredAt);
        Assert.Equal(QuickBooksWebhookFormat.Legacy, created.Format);
        Assert.Equal(QuickBooksWebhookOperation.Merge, events[1].Operation);
        Assert.Equal("5", events[1].DeletedId);
    }

    [Fact]
    public void Parse_CloudEventsArray_RoutesByAccountIdAndReadsTypeParts()
    {
        var events = QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(CloudEvents));

        Assert.Equal(3, events.Count);
        Assert.Equal(("88cd52aa-33b6-4351-9aa4-47572edbd068", "310687", "Account", "1234", QuickBooksWebhookOperation.Create),
            (events[0].EventId, events[0].RealmId, events[0].EntityName, events[0].EntityId, events[0].Operation));
        Assert.Equal(new DateTimeOffset(2025, 9, 10, 21, 31, 25, TimeSpan.Zero).AddTicks(1798515), events[0].OccurredAt);
        Assert.Equal(("999", "Customer", QuickBooksWebhookOperation.Merge, "27"), (events[1].RealmId, events[1].EntityName, events[1].Operation, events[1].DeletedId));
        Assert.Equal("SalesReceipt", events[2].EntityName);
        Assert.Equal(QuickBooksWebhookOperation.Update, events[2].Operation);
    }

    [Fact]
    public void Parse_SameLegacyNotificationTwice_GivesTheSameIdentities()
    {
        var first = QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(Legacy));
        var second = QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(Legacy));

        Assert.Equal(first.Select(e => e.EventId), second.Select(e => e.EventId));
        Assert.NotEqual(first[0].EventId, first[1].EventId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("42")]
    [InlineData("""{"something":"else"}""")]
    [InlineData("""[{"id":"x","type":"other.thing"}]""")]
    [InlineData("""{"eventNotifications":[{"realmId":"1","dataChangeEvent":{"entities":[{"name":"Customer","id":"1","operation":"Create","lastUpdated":"yesterday"}]}}]}""")]
    public void Parse_BodiesThatAreNotNotifications_Throw(string body)
    {
        Assert.Throws<QuickBooksWebhookFormatException>(() => QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void ByRealm_DuplicateAndOutOfOrderDeliveries_AreDedupedAndOrderedPerRealm()
    {
        var cloud = QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(CloudEvents));
        var legacy = QuickBooksWebhookParser.Parse(Encoding.UTF8.GetBytes(Legacy));
        var deliveries = cloud.Reverse().Concat(legacy).Concat(cloud).Concat(legacy);

        var byRealm = QuickBooksWebhookRouting.ByRealm(deliveries);

        Assert.Equal(["1185883450", "310687", "999"], byRealm.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["1234", "8"], byRealm["310687"].Select(e => e.EntityId));
        Assert.Single(byRealm["999"]);
        Assert.Equal(["1", "4"], byRealm["1185883450"].Select(e => e.EntityId));
    }

    [Fact]
    public void LatestPerEntity_KeepsTheNewestEventOfEachEntity()
    {
        var older = new QuickBooksWebhookEvent("a", "r", "Invoice", "5", QuickBooksWebhookOperation.Create, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), null, QuickBooksWebhookFormat.Legacy);
        var newer = older with { EventId = "b", Operation = QuickBooksWebhookOperation.Update, OccurredAt = older.OccurredAt.AddMinutes(1) };
        var other = older with { EventId = "c", EntityId = "6" };

        var latest = QuickBooksWebhookRouting.LatestPerEntity([newer, older, other]);

        Assert.Equal(2, latest.Count);
        Assert.Contains(newer, latest);
        Assert.Contains(other, latest);
    }
}
