namespace SyncConsole.Tests.QuickBooks.Fakes;

/// <summary>One request seen by <see cref="RecordingHandler"/>.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Accept, string? ContentType, string? Body);
