using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Polly.Timeout;

namespace RobotPlan.Payouts;

/// <summary>
/// The typed HttpClient. The resilience handler (registered in <see cref="PayoutServiceCollectionExtensions"/>)
/// retries 5xx/429/timeouts with back-off, POST included: safe only because the Idempotency-Key is constant
/// (reliability.md). What remains unanswered after that is mapped to Unknown or TransientError, never thrown.
/// </summary>
public sealed class HttpTreasuryGateway(HttpClient http) : ITreasuryGateway
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GatewayAnswer> SendAsync(string idempotencyKey, TreasuryInstruction instruction, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "payments") { Content = JsonContent.Create(instruction, options: Json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await CallAsync(request, isQuery: false, ct);
    }

    public async Task<GatewayAnswer> QueryAsync(string idempotencyKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "payments/" + Uri.EscapeDataString(idempotencyKey));
        return await CallAsync(request, isQuery: true, ct);
    }

    public async Task<IReadOnlyList<StatementEntry>> GetStatementAsync(DateOnly date, CancellationToken ct)
    {
        var statement = await http.GetFromJsonAsync<StatementBody>(
            "statements?date=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Json, ct)
            ?? throw new InvalidOperationException("The treasury returned an empty statement body.");
        return statement.Entries.Select(e => new StatementEntry(e.IdempotencyKey, e.PayeeName, e.Amount, e.Reference, e.TreasuryReference)).ToList();
    }

    private async Task<GatewayAnswer> CallAsync(HttpRequestMessage request, bool isQuery, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException)
        {
            // No answer: for a send the money may have moved; for a query we simply learned nothing.
            return new(isQuery ? GatewayOutcome.TransientError : GatewayOutcome.Unknown, null, Detail: ex.GetType().Name + ": " + ex.Message);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            PaymentBody? body = null;
            string? code = null;
            try
            {
                var text = await response.Content.ReadAsStringAsync(ct);
                if (response.IsSuccessStatusCode || status == 422) body = JsonSerializer.Deserialize<PaymentBody>(text, Json);
                else if (text.Length > 0) code = JsonSerializer.Deserialize<ProblemBody>(text, Json)?.Code;
            }
            catch (Exception ex) when (ex is JsonException or HttpRequestException or IOException)
            {
                // A garbled or cut answer is no answer at all.
                return new(isQuery ? GatewayOutcome.TransientError : GatewayOutcome.Unknown, status, Detail: "Unreadable answer: " + ex.Message);
            }
            if (body is not null) return FromBody(body, status);
            return response.StatusCode switch
            {
                HttpStatusCode.NotFound when isQuery => new(GatewayOutcome.NotFound, status),
                HttpStatusCode.Conflict when code == "in_progress" => new(GatewayOutcome.InProgress, status, Detail: code),
                HttpStatusCode.Conflict => new(GatewayOutcome.Conflict, status, Detail: code),
                HttpStatusCode.BadRequest => new(GatewayOutcome.Rejected, status, Detail: code),
                _ => new(GatewayOutcome.TransientError, status, Detail: code ?? response.ReasonPhrase),
            };
        }
    }

    private static GatewayAnswer FromBody(PaymentBody b, int status) => b.State switch
    {
        "Settled" when b.ValueDate is { } d => new(GatewayOutcome.Settled, status, b.TreasuryReference,
            DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        "Rejected" => new(GatewayOutcome.Rejected, status, Detail: b.Reason),
        "Processing" => new(GatewayOutcome.InProgress, status),
        _ => new(GatewayOutcome.Unknown, status, Detail: "Unexpected state " + b.State),
    };

    private sealed record PaymentBody(string State, string? TreasuryReference, string? ValueDate, string? Reason);

    private sealed record ProblemBody([property: JsonPropertyName("code")] string? Code);

    private sealed record StatementBody(List<StatementLine> Entries);

    private sealed record StatementLine(string IdempotencyKey, string PayeeName, decimal Amount, string Reference, string? TreasuryReference);
}
