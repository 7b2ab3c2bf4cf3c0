namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>What the API client needs to know about an entity type.</summary>
internal interface IQboEntity
{
    /// <summary>The entity name in JSON envelopes and queries, e.g. <c>Invoice</c>; lower-cased in URLs.</summary>
    static abstract string EntityName { get; }

    /// <summary>Name lists are made inactive instead of deleted and hide inactive rows in queries.</summary>
    static abstract bool IsNameList { get; }
}
