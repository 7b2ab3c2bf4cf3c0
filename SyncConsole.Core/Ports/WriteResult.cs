namespace SyncConsole.Core.Ports;

/// <summary>The outcome of one provider write.</summary>
/// <param name="Status">Succeeded, stale or rejected.</param>
/// <param name="Record">The record as the provider now stores it (new id and token); set when succeeded.</param>
/// <param name="Message">The provider's message when not succeeded.</param>
public sealed record WriteResult(WriteStatus Status, ExternalRecord? Record, string? Message)
{
    /// <summary>A successful write.</summary>
    public static WriteResult Succeeded(ExternalRecord record) => new(WriteStatus.Succeeded, record, null);

    /// <summary>A write refused because the record changed at the provider.</summary>
    public static WriteResult Stale(string message) => new(WriteStatus.Stale, null, message);

    /// <summary>A write refused by the provider.</summary>
    public static WriteResult Rejected(string message) => new(WriteStatus.Rejected, null, message);
}
