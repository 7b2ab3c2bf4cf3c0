using Microsoft.JSInterop;

namespace SyncConsole.Components.Shared;

/// <summary>
/// The browser's time zone, asked once per circuit (this service is scoped, and a circuit is one scope). Unknown
/// until the first interactive render: prerendered pages show UTC, and say so.
/// </summary>
public sealed class BrowserTimeZone(IJSRuntime js)
{
    private Task? detection;

    /// <summary>The browser's zone, or null while unknown (prerender, before detection, or a zone this server lacks).</summary>
    public TimeZoneInfo? Zone { get; private set; }

    /// <summary>Raised once, when the zone becomes known.</summary>
    public event Action? Detected;

    /// <summary>Asks the browser (the first call only; later calls share its result). Call after an interactive render.</summary>
    public Task DetectAsync() => detection ??= AskBrowserAsync();

    internal void Use(TimeZoneInfo zone)
    {
        Zone = zone;
        Detected?.Invoke();
    }

    private async Task AskBrowserAsync()
    {
        try
        {
            await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/local-time.js");
            var id = await module.InvokeAsync<string?>("timeZone");
            if (!string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                Use(zone);
            }
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // The circuit went away or the browser would not say: times stay in UTC, labelled as such.
        }
    }
}
