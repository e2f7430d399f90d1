using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>A browser-like client: cookies, no auto-redirect, forms posted with the antiforgery token they carry.</summary>
public sealed partial class PageClient(HttpClient client)
{
    public HttpClient Http => client;

    public static async Task<PageClient> SignedInAsync(RobotPlanWebFactory factory, string? userName)
    {
        var page = new PageClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        if (userName is null) return page;
        using var response = await page.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = userName, ["Input.Password"] = DemoUsers.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        if (response.Headers.Location?.OriginalString.Contains("/Account/LoginWithTwoFactor", StringComparison.Ordinal) == true)
        {
            // Roles that must use a second factor: the code of the demo user's authenticator key (README).
            var step = response.Headers.Location.OriginalString;
            using var second = await page.PostFormAsync(step, step, new() { ["Code"] = Totp.Code(DemoUsers.AuthenticatorKeys[userName]) });
            second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            second.Headers.Location!.OriginalString.ShouldNotContain("/Account/");
        }
        return page;
    }

    /// <summary>GETs <paramref name="formPage"/> for its token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = TokenPattern().Match(html).Groups[1].Value;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The same, for a form whose field repeats (ticked checkboxes of one name).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent(
            fields.Append(new("__RequestVerificationToken", TokenPattern().Match(html).Groups[1].Value))));
    }

    /// <summary>As <see cref="PostFormAsync(string, string, Dictionary{string, string})"/>, as multipart/form-data with files (field name, file name, content).</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, Dictionary<string, string> fields,
        IEnumerable<(string Field, string FileName, byte[] Content)> files)
    {
        var html = await client.GetStringAsync(formPage);
        var body = new MultipartFormDataContent { { new StringContent(TokenPattern().Match(html).Groups[1].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        foreach (var (field, fileName, content) in files) body.Add(new ByteArrayContent(content), field, fileName);
        return await client.PostAsync(action, body);
    }

    public static string HiddenValue(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
