package dev.alluxiok8s.model.network;

/**
 * Whether text is an IPv4 or IPv6 address, as Kubernetes accepts in {@code hostAliases[].ip}: no
 * port ({@code 10.0.0.1:8020} is an address and a port, which {@code /etc/hosts} cannot hold), no
 * zone, no prefix length. Written by hand rather than as a regular expression, so that time is
 * linear in the length of the text: a backtracking IPv6 pattern took seconds on 20,000 colons.
 *
 * <pre>{@code
 * IpAddresses.isIp("10.0.0.1");         // true
 * IpAddresses.isIp("2001:db8::ffff");   // true
 * IpAddresses.isIp("::ffff:10.0.0.1");  // true
 * IpAddresses.isIp("10.0.0.1:8020");    // false
 * }</pre>
 */
public final class IpAddresses {

  private IpAddresses() {}

  public static boolean isIp(String text) {
    return isIpv4(text) || isIpv6(text);
  }

  /** Four decimal octets 0-255, without leading zeros (which some resolvers read as octal). */
  public static boolean isIpv4(String text) {
    if (text.length() > 15) {
      return false;
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
          || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Eight groups of one to four hex digits, one {@code ::} standing for one or more zero groups, an IPv4 tail allowed. */
  public static boolean isIpv6(String text) {
    // The longest form, eight groups of four and seven colons, or six groups and an IPv4 address.
    if (text.length() > 45 || text.length() < 2) {
      return false;
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    if (gap < 0) {
      return groups(text) == 8;
    }
    String head = text.substring(0, gap);
    String tail = text.substring(gap + 2);
    int before = head.isEmpty() ? 0 : groups(head);
    int after = tail.isEmpty() ? 0 : groups(tail);
    return before >= 0 && after >= 0 && before + after <= 7;
  }

  /** How many 16-bit groups {@code text} holds (an IPv4 tail counts two), or -1 if it is not a run of groups. */
  private static int groups(String text) {
    String[] parts = text.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && part.contains(".")) {
        if (!isIpv4(part)) {
          return -1;
        }
        count += 2;
      } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddresses::isHex)) {
        return -1;
      } else {
        count++;
      }
    }
    return count;
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
