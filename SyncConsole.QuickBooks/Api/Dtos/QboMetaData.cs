namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>Create and last-update times (company-local with offset, whole seconds).</summary>
internal sealed record QboMetaData(DateTimeOffset? CreateTime, DateTimeOffset? LastUpdatedTime);
