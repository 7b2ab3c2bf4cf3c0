using System.Text.Json;

namespace SyncConsole.QuickBooks.Api;

/// <summary>
/// One attempt's answer: the response, and for a success its body parsed while the attempt's timeout still applied.
/// The body is parsed from the connection's stream into pooled buffers that the document returns when disposed, so a
/// page of 1000 rows is never also copied into a buffer (a large-object-heap array) of its own.
/// </summary>
internal sealed class QuickBooksAnswer(HttpResponseMessage response, JsonDocument? document) : IDisposable
{
    private JsonDocument? _document = document;

    public HttpResponseMessage Response { get; } = response;

    /// <summary>Reads the body of an attempt's response within the attempt: parsed when it succeeded, buffered when not.</summary>
    public static async Task<QuickBooksAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                // An error body is small, and is read later (the fault's details) after this attempt's timeout has passed.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return new QuickBooksAnswer(response, null);
            }

            await using var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new QuickBooksAnswer(response, await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The parsed body of a successful answer, now owned by the caller; null for a failed one.</summary>
    public JsonDocument? TakeDocument()
    {
        var document = _document;
        _document = null;
        return document;
    }

    public void Dispose()
    {
        _document?.Dispose();
        Response.Dispose();
    }
}
