using SyncConsole.Components.Shared;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Components;

public sealed class StatusBadgeTests
{
    [Theory]
    [InlineData(StatusTone.Good, "rz-badge-success")]
    [InlineData(StatusTone.Bad, "rz-badge-danger")]
    [InlineData(StatusTone.Warning, "rz-badge-warning")]
    [InlineData(StatusTone.Active, "rz-badge-info")]
    [InlineData(StatusTone.Neutral, "rz-badge-base")]
    public async Task Render_EachTone_IsARadzenBadgeWithTheTextAndTheTonesStyle(StatusTone tone, string expectedClass)
    {
        var html = await ComponentRenderer.RenderAsync<StatusBadge>(new Dictionary<string, object?>
        {
            [nameof(StatusBadge.Text)] = "running",
            [nameof(StatusBadge.Tone)] = tone,
        });

        Assert.Contains("rz-badge", html, StringComparison.Ordinal);
        Assert.Contains(expectedClass, html, StringComparison.Ordinal);
        Assert.Contains(">running<", html, StringComparison.Ordinal);
    }
}
