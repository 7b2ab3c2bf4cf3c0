using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SyncConsole.QuickBooks.Auth;

namespace SyncConsole.QuickBooks.Api;

/// <summary>
/// The QuickBooks Online accounting API over HttpClient. Every request carries <c>minorversion</c> and a bearer token,
/// waits for the realm's rate gate, is retried on 429/5xx/timeouts with exponential backoff and jitter (honouring
/// Retry-After), and is repeated once after a token refresh on 401. Writes carry a <c>requestid</c>, so retries are safe.
/// Tokens are never logged.
/// </summary>
internal sealed partial class QuickBooksApiClient
{
    private readonly HttpClient _http;
    private readonly QuickBooksTokenProvider _tokens;
    private readonly QuickBooksRateGate _gate;
    private readonly IOptions<QuickBooksOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<QuickBooksApiClient> _logger;
    private readonly ResiliencePipeline<QuickBooksAnswer> _pipeline;

    public QuickBooksApiClient(
        HttpClient http, QuickBooksTokenProvider tokens, QuickBooksRateGate gate, IOptions<QuickBooksOptions> options, TimeProvider time, ILogger<QuickBooksApiClient> logger)
    {
        _http = http;
        _tokens = tokens;
        _gate = gate;
        _options = options;
        _time = time;
        _logger = logger;
        _pipeline = BuildPipeline(options.Value, time);
    }

    /// <summary>Sends one API request and returns the parsed JSON body; faults become <see cref="QuickBooksApiException"/>.</summary>
    internal async Task<JsonDocument> SendAsync(
        string connectionId, HttpMethod method, string path, IReadOnlyDictionary<string, string?> query, JsonNode? body, CancellationToken cancellationToken)
    {
        var tokens = await _tokens.GetAsync(connectionId, cancellationToken);
        for (var refreshed = false; ; refreshed = true)
        {
            using var answer = await SendWithRetriesAsync(tokens, method, path, query, body, cancellationToken);
            var response = answer.Response;
            if (response.StatusCode == HttpStatusCode.Unauthorized && !refreshed)
            {
                LogRefreshing(_logger, tokens.RealmId);
                tokens = await _tokens.RefreshAsync(connectionId, tokens.AccessToken, cancellationToken);
                continue;
            }

            if (answer.TakeDocument() is not { } document)
            {
                throw QuickBooksFaultParser.Parse((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            }

            if (QuickBooksFaultParser.HasFault(document.RootElement))
            {
                var text = document.RootElement.GetRawText();
                document.Dispose();
                // A Fault inside a 200 answer is still a failure of the request.
                throw QuickBooksFaultParser.Parse(400, text);
            }

            return document;
        }
    }

    private async Task<QuickBooksAnswer> SendWithRetriesAsync(
        QuickBooksTokenSet tokens, HttpMethod method, string path, IReadOnlyDictionary<string, string?> query, JsonNode? body, CancellationToken cancellationToken)
    {
        var uri = BuildUri(tokens.RealmId, path, query);
        var payload = body?.ToJsonString();
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    using var lease = await _gate.EnterAsync(tokens.RealmId, token);
                    using var request = new HttpRequestMessage(method, uri);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    if (payload is not null)
                    {
                        request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
                    }

                    var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                    LogResponse(_logger, method.Method, tokens.RealmId, path, (int)response.StatusCode);
                    return await QuickBooksAnswer.ReadAsync(response, token);
                },
                cancellationToken);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new QuickBooksApiException(QuickBooksErrorKind.Transient, 0, null, [], $"QuickBooks did not answer {method} {path} in time.", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or HttpIOException)
        {
            throw new QuickBooksApiException(QuickBooksErrorKind.Transient, 0, null, [], $"QuickBooks could not be reached for {method} {path}.", exception);
        }
    }

    private Uri BuildUri(string realmId, string path, IReadOnlyDictionary<string, string?> query)
    {
        var settings = _options.Value;
        var root = QuickBooksEndpoints.Resolve(settings).ApiBaseUri.AbsoluteUri.TrimEnd('/');
        var parameters = new Dictionary<string, string?>(query) { ["minorversion"] = settings.MinorVersion.ToString(CultureInfo.InvariantCulture) };
        return new Uri(QueryHelpers.AddQueryString($"{root}/v3/company/{Uri.EscapeDataString(realmId)}/{path}", parameters));
    }

    private static ResiliencePipeline<QuickBooksAnswer> BuildPipeline(QuickBooksOptions settings, TimeProvider time) =>
        new ResiliencePipelineBuilder<QuickBooksAnswer> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<QuickBooksAnswer>
            {
                MaxRetryAttempts = Math.Max(1, settings.MaxRetryAttempts),
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<QuickBooksAnswer>()
                    .Handle<HttpRequestException>()
                    // The connection failed while the body was being read.
                    .Handle<HttpIOException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.Response.StatusCode == HttpStatusCode.TooManyRequests || (int)r.Response.StatusCode >= 500),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result?.Response, settings.MaxRetryDelay)),
                OnRetry = args =>
                {
                    // The failed attempt's response is not returned to anyone: release its connection.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();

    // Only a relative Retry-After is honoured; an absolute one would compare two clocks, so the backoff applies.
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max) =>
        response?.Headers.RetryAfter?.Delta is { } delta ? (delta > max ? max : delta) : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "QuickBooks {Method} realm {RealmId} {Path} -> {Status}")]
    private static partial void LogResponse(ILogger logger, string method, string realmId, string path, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "QuickBooks rejected the access token of realm {RealmId}; refreshing once")]
    private static partial void LogRefreshing(ILogger logger, string realmId);
}
