using System.ComponentModel.DataAnnotations;

namespace RobotPlan.Files;

/// <summary>The "Files" configuration section (S-B).</summary>
public sealed class FileStorageOptions
{
    public const string SectionName = "Files";

    /// <summary>Outside wwwroot; defaults to {DataFolder}/files.</summary>
    public string RootPath { get; set; } = "";

    [Range(1024, 200 * 1024 * 1024)]
    public long MaxSizeBytes { get; set; } = 20 * 1024 * 1024;
}
