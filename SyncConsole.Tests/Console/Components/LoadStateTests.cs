using Microsoft.AspNetCore.Components;
using SyncConsole.Components.Shared;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Components;

public sealed class LoadStateTests
{
    private static readonly RenderFragment Data = builder => builder.AddContent(0, "THE-DATA");

    [Fact]
    public async Task Render_Loading_ShowsAStatusAndNoData()
    {
        var html = await RenderAsync(loading: true);

        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("Loading", html, StringComparison.Ordinal);
        Assert.DoesNotContain("THE-DATA", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Error_ShowsARadzenAlertWithTheMessage()
    {
        var html = await RenderAsync(error: "The job engine could not be read");

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("rz-alert", html, StringComparison.Ordinal);
        Assert.Contains("The job engine could not be read", html, StringComparison.Ordinal);
        Assert.DoesNotContain("THE-DATA", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Empty_ShowsTheEmptyText()
    {
        var html = await RenderAsync(empty: true);

        Assert.Contains("Nothing to see", html, StringComparison.Ordinal);
        Assert.DoesNotContain("THE-DATA", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Loaded_ShowsTheData()
    {
        var html = await RenderAsync();

        Assert.Contains("THE-DATA", html, StringComparison.Ordinal);
    }

    private static Task<string> RenderAsync(bool loading = false, string? error = null, bool empty = false) =>
        ComponentRenderer.RenderAsync<LoadState>(new Dictionary<string, object?>
        {
            [nameof(LoadState.Loading)] = loading,
            [nameof(LoadState.Error)] = error,
            [nameof(LoadState.IsEmpty)] = empty,
            [nameof(LoadState.EmptyText)] = "Nothing to see",
            [nameof(LoadState.ChildContent)] = Data,
        });
}
