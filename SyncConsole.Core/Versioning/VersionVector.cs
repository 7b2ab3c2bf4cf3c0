namespace SyncConsole.Core.Versioning;

/// <summary>
/// The version vector of one (connection, entity type, record).
/// <para>
/// <see cref="InternalVersion"/> is the record's version in our store (bumped by every write there);
/// <see cref="ExternalVersion"/> counts the provider versions we have observed (bumped whenever the provider's
/// token changes). A sync remembers the two versions it reconciled <b>separately</b>
/// (<see cref="SyncedInternalVersion"/>, <see cref="SyncedExternalVersion"/>), and a side has changed exactly
/// when its version is above its own mark.
/// </para>
/// <para>
/// Why separate marks: a single <c>last_sync_version = max(iv, ev)</c> loses the next change of the side whose
/// counter was behind (iv = 5, ev = 2 → lsv = 5; the next provider edit makes ev = 3 ≤ 5 and is never seen).
/// With separate marks every later change raises its counter above its own mark, whatever the other counter is.
/// Marks only ever move up (<see cref="MarkSynced"/> takes the maximum) and are set to the versions actually
/// reconciled, so an edit that lands while a sync runs stays above the mark and is picked up next time.
/// </para>
/// </summary>
/// <param name="InternalVersion">Latest observed version of our record.</param>
/// <param name="ExternalVersion">Count of observed provider versions.</param>
/// <param name="SyncedInternalVersion">Our version reconciled by the last sync.</param>
/// <param name="SyncedExternalVersion">Provider version count reconciled by the last sync.</param>
public sealed record VersionVector(
    long InternalVersion,
    long ExternalVersion,
    long SyncedInternalVersion,
    long SyncedExternalVersion)
{
    /// <summary>A record never seen on either side.</summary>
    public static VersionVector Initial { get; } = new(0, 0, 0, 0);

    /// <summary>True when our record changed since the last sync.</summary>
    public bool InternalChanged => InternalVersion > SyncedInternalVersion;

    /// <summary>True when the provider record changed since the last sync.</summary>
    public bool ExternalChanged => ExternalVersion > SyncedExternalVersion;

    /// <summary>
    /// The API's <c>last_sync_version</c>, for display only: the higher mark. Decisions never use it; see the
    /// type remarks for why one number is not enough.
    /// </summary>
    public long LastSyncVersion => Math.Max(SyncedInternalVersion, SyncedExternalVersion);

    /// <summary>In sync, outbound, inbound or conflict.</summary>
    public SyncDecision Decide() => (InternalChanged, ExternalChanged) switch
    {
        (false, false) => SyncDecision.InSync,
        (true, false) => SyncDecision.Outbound,
        (false, true) => SyncDecision.Inbound,
        (true, true) => SyncDecision.Conflict,
    };

    /// <summary>Records that our record is now at <paramref name="version"/> (never moves down).</summary>
    public VersionVector ObserveInternal(long version) =>
        this with { InternalVersion = Math.Max(InternalVersion, version) };

    /// <summary>Records one new provider version (the provider token changed).</summary>
    public VersionVector ObserveExternalChange() => this with { ExternalVersion = ExternalVersion + 1 };

    /// <summary>
    /// Records that a sync reconciled our version <paramref name="internalVersion"/> with provider version
    /// <paramref name="externalVersion"/>. Marks never move down, and counters are raised to at least the marks.
    /// </summary>
    public VersionVector MarkSynced(long internalVersion, long externalVersion) => new(
        Math.Max(InternalVersion, internalVersion),
        Math.Max(ExternalVersion, externalVersion),
        Math.Max(SyncedInternalVersion, internalVersion),
        Math.Max(SyncedExternalVersion, externalVersion));
}
