using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RobotPlan.Money;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>Stores UTC and reads back with Kind=Utc (SQLite loses the kind; Npgsql's timestamptz requires it).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>decimal 元 ↔ long fen, rounded half away from zero in the one place money is rounded.</summary>
public sealed class MoneyFenConverter() : ValueConverter<decimal, long>(
    v => MoneyRounding.ToStoredFen(v),
    v => MoneyRounding.FromStoredFen(v));

/// <summary>A rate (0.03 = 3%) as integer parts per million, so both providers store and compare it exactly.</summary>
public sealed class RateConverter() : ValueConverter<decimal, long>(
    v => checked((long)Math.Round(v * 1_000_000m, MidpointRounding.AwayFromZero)),
    v => v / 1_000_000m);

/// <summary>A date as its day number (days since 0001-01-01): an integer both providers compare and store compactly.</summary>
public sealed class DayNumberConverter() : ValueConverter<DateOnly, int>(
    v => v.DayNumber,
    v => DateOnly.FromDayNumber(v));
