using System.ComponentModel.DataAnnotations;

namespace RobotPlan.Notifications.Email;

/// <summary>Configuration section "Email". Off by default: nothing is queued or sent until an operator turns it on.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public bool Enabled { get; set; }
    public string SmtpHost { get; set; } = "localhost";
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;
    /// <summary>StartTLS when the server offers it; "None" for a local relay, "SslOnConnect" for port 465.</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "noreply@robotplan.example.cn";
    public string FromName { get; set; } = "重庆市机器人产业目录与资金管理";
    /// <summary>Links in mail are absolute: the portal's public address.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
    public int TimeoutSeconds { get; set; } = 30;
}
