using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using SyncConsole.Components.Shared;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Components;

public sealed class LocalTimeTests
{
    private static readonly DateTimeOffset Moment = new(2026, 3, 1, 12, 30, 5, TimeSpan.Zero);

    [Fact]
    public async Task Render_BeforeTheBrowsersZoneIsKnown_ShowsUtcLabelledUtc()
    {
        var html = await RenderAsync(Moment.ToOffset(TimeSpan.FromHours(-5)), zone: null);

        Assert.Contains("datetime=\"2026-03-01T07:30:05.0000000-05:00\"", html, StringComparison.Ordinal);
        Assert.Contains(">2026-03-01 12:30:05 UTC</time>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Tokyo", "2026-03-01 21:30:05 UTC+09:00")]
    [InlineData("America/New_York", "2026-03-01 07:30:05 UTC-05:00")]
    [InlineData("Asia/Kolkata", "2026-03-01 18:00:05 UTC+05:30")]
    public async Task Render_InTheBrowsersZone_ShowsLocalTimeWithItsOffsetAndZoneName(string zoneId, string expected)
    {
        var html = await RenderAsync(Moment, TimeZoneInfo.FindSystemTimeZoneById(zoneId));

        Assert.Contains($">{expected}</time>", html, StringComparison.Ordinal);
        Assert.Contains($"title=\"{zoneId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NoValue_ShowsADash()
    {
        var html = await RenderAsync(null, zone: null);

        Assert.Contains("—", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<time", html, StringComparison.Ordinal);
    }

    // Decoded: the HTML encoder writes '+' as an entity.
    private static async Task<string> RenderAsync(DateTimeOffset? value, TimeZoneInfo? zone) => WebUtility.HtmlDecode(
        await ComponentRenderer.RenderAsync<LocalTime>(
            new Dictionary<string, object?> { [nameof(LocalTime.Value)] = value },
            services => services.AddScoped(sp =>
            {
                var browser = new BrowserTimeZone(sp.GetRequiredService<IJSRuntime>());
                if (zone is not null)
                {
                    browser.Use(zone);
                }

                return browser;
            })));
}
