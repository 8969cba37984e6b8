package org.ocop.json;

/** Orders codes such as criterion codes by their dot-separated numbers ("1.2" before "1.10"). */
final class Codes {

    private Codes() {}

    /**
     * @param a a code
     * @param b another code
     * @return the order: numeric segments compared as numbers, other segments as text
     */
    static int compare(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = segment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.length, y.length);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int segment(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int c = Integer.compare(a.length() - lead(a), b.length() - lead(b));
            if (c != 0) {
                return c;
            }
            c = a.substring(lead(a)).compareTo(b.substring(lead(b)));
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static int lead(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
