namespace ThanhMieu.Portal.Services;

/// <summary>A day of the Vietnamese lunar calendar: day, month (1–12), the lunar year, and whether the month is the leap one.</summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth = false);

/// <summary>
/// The Vietnamese lunar calendar (am lich), computed for Vietnam's time zone (UTC+7) with Ho Ngoc Duc's published
/// algorithm: new moons and the sun's longitude from Jean Meeus' "Astronomical Algorithms", month 11 holding the winter
/// solstice, and the leap month the first without a major solar term. Because the new moon and the solar terms are
/// placed in UTC+7, some years differ from the Chinese calendar (UTC+8): Tet 1985 fell on 21 January in Vietnam and
/// 20 February in China, Tet 2007 on 17 and 18 February. Good for 1800–2199; the time zone is a parameter so the
/// difference can be tested.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const double VietnamTimeZone = 7;

    private const double SynodicMonth = 29.530588853;
    private const double FirstNewMoonOf1900 = 2415021.076998695;

    /// <summary>The solar date of a lunar date; null when the date does not exist (a leap month that year has not).</summary>
    public static DateOnly? ToSolar(LunarDate lunar, double timeZone = VietnamTimeZone)
    {
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarMonth11(lunar.Year - 1, timeZone);
            b11 = LunarMonth11(lunar.Year, timeZone);
        }
        else
        {
            a11 = LunarMonth11(lunar.Year, timeZone);
            b11 = LunarMonth11(lunar.Year + 1, timeZone);
        }

        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11, timeZone);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                return null;
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            return null;
        }

        var k = Floor(0.5 + (a11 - FirstNewMoonOf1900) / SynodicMonth);
        var monthStart = NewMoonDay(k + offset, timeZone);
        return FromJulianDay(monthStart + lunar.Day - 1);
    }

    /// <summary>The lunar date of a solar date.</summary>
    public static LunarDate ToLunar(DateOnly date, double timeZone = VietnamTimeZone)
    {
        var dayNumber = JulianDay(date);
        var k = Floor((dayNumber - FirstNewMoonOf1900) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1, timeZone);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k, timeZone);
        }

        var a11 = LunarMonth11(date.Year, timeZone);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1, timeZone);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1, timeZone);
        }

        var day = dayNumber - monthStart + 1;
        var diff = Floor((monthStart - a11) / 29.0);
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapDiff = LeapMonthOffset(a11, timeZone);
            if (diff >= leapDiff)
            {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(day, month, lunarYear, leap);
    }

    private static int Floor(double value) => (int)Math.Floor(value);

    /// <summary>The Julian day number of a date (Gregorian from 15 October 1582, Julian before).</summary>
    private static int JulianDay(DateOnly date)
    {
        var a = (14 - date.Month) / 12;
        var y = date.Year + 4800 - a;
        var m = date.Month + (12 * a) - 3;
        var jd = date.Day + ((153 * m) + 2) / 5 + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
        return jd < 2299161 ? date.Day + ((153 * m) + 2) / 5 + (365 * y) + (y / 4) - 32083 : jd;
    }

    private static DateOnly FromJulianDay(int jd)
    {
        int b, c;
        if (jd > 2299160)
        {
            var a = jd + 32044;
            b = ((4 * a) + 3) / 146097;
            c = a - (b * 146097 / 4);
        }
        else
        {
            b = 0;
            c = jd + 32082;
        }

        var d = ((4 * c) + 3) / 1461;
        var e = c - (1461 * d / 4);
        var m = ((5 * e) + 2) / 153;
        var day = e - (((153 * m) + 2) / 5) + 1;
        var month = m + 3 - (12 * (m / 10));
        var year = (b * 100) + d - 4800 + (m / 10);
        return new DateOnly(year, month, day);
    }

    /// <summary>The time (Julian day, UT) of the k-th new moon after 1 January 1900 (Meeus, chapter 49, abridged).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude (radians, 0–2π) at a Julian day (Meeus, chapter 25, abridged).</summary>
    private static double SunLongitude(double jdn)
    {
        var t = (jdn - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    /// <summary>Which of the twelve 30° sectors the sun is in at the start of a local day (0 = from the spring equinox).</summary>
    private static int SunSector(int dayNumber, double timeZone) => Floor(SunLongitude(dayNumber - 0.5 - (timeZone / 24)) / Math.PI * 6);

    /// <summary>The local day (Julian day number) of the k-th new moon.</summary>
    private static int NewMoonDay(int k, double timeZone) => Floor(NewMoon(k) + 0.5 + (timeZone / 24));

    /// <summary>The first day of the lunar month 11 (the month of the winter solstice) ending in or before <paramref name="year"/>.</summary>
    private static int LunarMonth11(int year, double timeZone)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = Floor(off / SynodicMonth);
        var newMoon = NewMoonDay(k, timeZone);
        return SunSector(newMoon, timeZone) >= 9 ? NewMoonDay(k - 1, timeZone) : newMoon;
    }

    /// <summary>In a leap year starting at month 11 <paramref name="a11"/>: how many months after it the leap month comes.</summary>
    private static int LeapMonthOffset(int a11, double timeZone)
    {
        var k = Floor(((a11 - FirstNewMoonOf1900) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i, timeZone), timeZone);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i, timeZone), timeZone);
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
