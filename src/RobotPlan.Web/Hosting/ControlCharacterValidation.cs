using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// S-D (issue #14): free text with U+0000 or another C0 control character is a 400 naming the field, on both databases
/// (PostgreSQL refuses 0x00 in text; SQLite stored it). Added as metadata to every string the API or a page binds (JSON
/// body, form, query, route), like <see cref="BusinessDateValidationMetadataProvider"/>, so no DTO can forget it. Tab and
/// line breaks pass only in multi-line fields: marked <c>[DataType(DataType.MultilineText)]</c>, or paragraph-sized
/// (a declared maximum of at least <see cref="ParagraphLength"/> characters: reasons, comments, descriptions, bodies).
/// </summary>
internal sealed class ControlCharacterValidationMetadataProvider : IValidationMetadataProvider
{
    public const int ParagraphLength = 500;

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (context.Key.ModelType != typeof(string)) return;
        context.ValidationMetadata.ValidatorMetadata.Add(new NoControlCharactersAttribute { AllowLineBreaks = IsMultiLine(context.Attributes) });
    }

    private static bool IsMultiLine(IReadOnlyList<object> attributes) =>
        attributes.OfType<DataTypeAttribute>().Any(a => a.DataType == DataType.MultilineText)
        || attributes.OfType<StringLengthAttribute>().Any(a => a.MaximumLength >= ParagraphLength)
        || attributes.OfType<MaxLengthAttribute>().Any(a => a.Length >= ParagraphLength);
}

/// <summary>No C0 control character (U+0000–U+001F) and no DEL; with <see cref="AllowLineBreaks"/>, tab, CR and LF pass.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NoControlCharactersAttribute : ValidationAttribute
{
    public NoControlCharactersAttribute() => ErrorMessage = "Validation:NoControlCharacters";

    public bool AllowLineBreaks { get; init; }

    public override bool IsValid(object? value) => value is not string text || !text.Any(IsRefused);

    private bool IsRefused(char c) => (char.IsControl(c) && c <= '\u007f') && !(AllowLineBreaks && c is '\t' or '\r' or '\n');
}
