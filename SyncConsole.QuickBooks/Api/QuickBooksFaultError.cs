namespace SyncConsole.QuickBooks.Api;

/// <summary>One error of a QuickBooks Fault.</summary>
/// <param name="Code">QuickBooks' code, e.g. <c>5010</c>.</param>
/// <param name="Message">The short message.</param>
/// <param name="Detail">The longer explanation.</param>
/// <param name="Element">The offending field, when QuickBooks names one.</param>
public sealed record QuickBooksFaultError(string Code, string Message, string? Detail, string? Element);
