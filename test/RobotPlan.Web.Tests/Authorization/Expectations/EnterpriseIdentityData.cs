using Shouldly;
using System.Net.Http.Json;
using RobotPlan.Enterprises;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>Issue #14's requests: a fresh enterprise (渝中区, derived from its USCC) and a dispute about it, both anonymous.</summary>
internal static class EnterpriseIdentityData
{
    // Matrix contexts restart their counters while the factory (and its database) lives on: user names, e-mails and
    // USCCs take a process-wide number so no two registrations collide.
    private static int _registrations;

    public static string NextUnique() => $"D{Interlocked.Increment(ref _registrations):D5}";

    public static async Task<string> RegisterEnterpriseAsync(RobotPlanWebFactory factory, string unique)
    {
        var uscc = Uscc.WithCheckCharacter("91500103MA" + unique[^5..] + "QD");
        using var client = await factory.ClientForAsync(null);
        var response = await client.PostAsJsonAsync("/api/public/account/register-enterprise", new
        {
            userName = "squat" + unique, password = "Register#2025pw", displayName = "抢注者", uscc, legalName = "重庆抢注测试有限公司" + unique,
            address = "重庆市渝中区", contact = new { name = "测试", phone = "023-60000000", email = $"squat{unique}@example.cn" },
        });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return uscc;
    }

    public static MultipartFormDataContent DisputeForm(string unique, string uscc)
    {
        var form = Multipart.File(Multipart.Pdf, "营业执照.pdf");
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["userName"] = "owner" + unique, ["password"] = "Genuine#2025pw", ["displayName"] = "真正的经理",
                     ["email"] = $"owner{unique}@example.cn", ["uscc"] = uscc, ["legalName"] = "重庆真正的企业有限公司",
                     ["legalRepresentative"] = "赵真", ["statement"] = "本企业从未授权他人注册。",
                 })
            form.Add(new StringContent(value), name);
        return form;
    }

    /// <summary>A squatted USCC and the real owner's open dispute about it; returns the dispute's id.</summary>
    public static async Task<Guid> FileDisputeAsync(RobotPlanWebFactory factory, string unique)
    {
        var uscc = await RegisterEnterpriseAsync(factory, unique);
        using var client = await factory.ClientForAsync(null);
        var response = await client.PostAsync("/api/public/account/uscc-disputes", DisputeForm(unique, uscc));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<UsccDisputeReceiptDto>())!.Id;
    }
}
