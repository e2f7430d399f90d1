using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RobotPlan;

/// <summary>
/// RFC 6238 codes (HMAC-SHA1, 30 s steps, 6 digits) as an authenticator app shows them for a Base32 key — what
/// <c>oathtool --totp -b KEY</c> prints. Always from the wall clock: Identity's AuthenticatorTokenProvider checks codes
/// against DateTime.UtcNow, not the host's TimeProvider, so a test host whose fake clock was moved days ahead still
/// accepts only the real time's code (that is what makes sign-in safe under a fake clock).
/// </summary>
public static class Totp
{
    public static string Code(string base32Key) => CodeAt(base32Key, DateTimeOffset.UtcNow);

    public static string CodeAt(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
            buffer &= (1 << bits) - 1;
        }
        return [.. bytes];
    }
}
