namespace SyncConsole.Core.Ports;

/// <summary>
/// A record as read from (or returned by a write to) the provider: its identity and version, and the provider's own
/// DTO as <see cref="Payload"/>, which only that provider's <see cref="IEntityMapper"/> interprets.
/// </summary>
/// <param name="ExternalId">The provider's id.</param>
/// <param name="VersionToken">The provider's concurrency token (QuickBooks <c>SyncToken</c>); changes on every write.</param>
/// <param name="ModifiedAt">When the provider last changed it, if known (used by last-writer-wins).</param>
/// <param name="IsDeleted">True for a deletion notice; <see cref="Payload"/> may then be null.</param>
/// <param name="Payload">The provider DTO, or null for a deletion.</param>
public sealed record ExternalRecord(
    string ExternalId,
    string VersionToken,
    DateTimeOffset? ModifiedAt,
    bool IsDeleted,
    object? Payload);
