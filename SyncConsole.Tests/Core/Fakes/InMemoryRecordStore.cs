using System.Globalization;
using System.Runtime.CompilerServices;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>Our system's records in memory, with versions, tombstones and a change feed.</summary>
internal sealed class InMemoryRecordStore(ManualClock clock) : IInternalRecordStore
{
    private readonly Dictionary<(EntityType, string), (InternalRecord Record, long Sequence)> _records = [];
    private long _sequence;
    private int _nextId;

    public int PageSize { get; set; } = 2;

    /// <summary>Writes made by syncs (not by the application).</summary>
    public List<InternalWrite> SyncWrites { get; } = [];

    public List<EntityType> Reads { get; } = [];

    // Application-side edits.
    public string Add(EntityType entityType, FieldMap fields)
    {
        var id = "r" + (++_nextId).ToString(CultureInfo.InvariantCulture);
        Put(entityType, id, 1, fields);
        return id;
    }

    /// <summary>Stores a record exactly as given (e.g. a v1 record), as the application would.</summary>
    public void AddRaw(CanonicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Put(record.EntityType, record.Id, 1, record.Fields, record);
    }

    public void Edit(EntityType entityType, string id, Func<FieldMap, FieldMap> change)
    {
        var current = _records[(entityType, id)].Record;
        Put(entityType, id, current.Version + 1, change(current.Record!.Fields));
    }

    public void Delete(EntityType entityType, string id) =>
        Put(entityType, id, _records[(entityType, id)].Record.Version + 1, null);

    public InternalRecord? Current(EntityType entityType, string id) => _records.GetValueOrDefault((entityType, id)).Record;

    public IEnumerable<InternalRecord> Live(EntityType entityType) =>
        _records.Values.Select(r => r.Record).Where(r => r.EntityType == entityType && !r.IsDeleted);

    /// <summary>Applies a sync's write; refuses it when the record moved on (optimistic concurrency).</summary>
    public void Apply(InternalWrite write)
    {
        var version = Current(write.EntityType, write.Id)?.Version ?? 0;
        if (version != write.ExpectedVersion)
        {
            throw new SyncConcurrencyException($"Record {write.Id} is at version {version}, not {write.ExpectedVersion}.");
        }

        SyncWrites.Add(write);
        Put(write.EntityType, write.Id, write.NewVersion, write.Record?.Fields);
    }

    public async IAsyncEnumerable<InternalPage> ReadPagesAsync(
        EntityType entityType, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads.Add(entityType);
        var after = cursor is null ? 0 : long.Parse(cursor, CultureInfo.InvariantCulture);
        var changed = _records.Values.Where(r => r.Record.EntityType == entityType && r.Sequence > after)
            .OrderBy(r => r.Sequence).ToList();
        foreach (var chunk in changed.Chunk(PageSize))
        {
            await Task.Yield();
            yield return new InternalPage(chunk.Select(c => c.Record).ToList(),
                chunk[^1].Sequence.ToString(CultureInfo.InvariantCulture));
        }
    }

    public Task<InternalRecord?> GetAsync(EntityType entityType, string id, CancellationToken cancellationToken)
    {
        Reads.Add(entityType);
        return Task.FromResult(Current(entityType, id));
    }

    public async IAsyncEnumerable<InternalRecord> FindAsync(
        MatchCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads.Add(criteria.EntityType);
        foreach (var record in Live(criteria.EntityType).Where(r => criteria.IsSatisfiedBy(r.Record!.Fields)).ToList())
        {
            await Task.Yield();
            yield return record;
        }
    }

    private void Put(EntityType entityType, string id, long version, FieldMap? fields, CanonicalRecord? raw = null)
    {
        var record = fields is null
            ? null
            : raw ?? new CanonicalRecord(entityType, id, SchemaVersions.Current, fields);
        _records[(entityType, id)] = (new InternalRecord(entityType, id, version, clock.Tick(), fields is null, record), ++_sequence);
    }
}
