package org.ocop.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.List;

/** Builds JSON Pointers (RFC 6901) from Jackson paths and from Bean Validation / core property paths. */
final class Pointers {

    /**
     * The property a Bean Validation rule of ocop-core is about, where there is one ({@code
     * isMemberIdsUnique()} → {@code members}); a rule not listed points at the object that broke it.
     */
    private static final java.util.Map<String, String> RULE_TARGETS = java.util.Map.of(
            "memberIdsUnique", "members",
            "scoresByDistinctCouncilMembers", "memberScores",
            "currentRatingConsistent", "currentRating",
            "membersOnlyForCooperatives", "members");

    private Pointers() {}

    /**
     * @param token one reference token
     * @return the token escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1})
     */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param path Jackson's reference chain
     * @return the pointer
     */
    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            sb.append('/');
            if (r.getFieldName() != null) {
                sb.append(escape(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                sb.append(r.getIndex());
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /**
     * Converts a property path such as {@code memberScores[0].choices[1.3]}, {@code
     * council.members[1].name} or Hibernate Validator's {@code choices<K>[1.3].<map key>} into a JSON
     * Pointer ({@code /memberScores/0/choices/1.3}). Container-element nodes ({@code <…>}) are dropped; a
     * trailing Bean Validation rule name, which names no property of the document, becomes the property the
     * rule is about ({@code council.memberIdsUnique} → {@code /council/members}) or is dropped ({@code
     * isDatesInOrder} → the object).
     *
     * @param path a property path; empty for the root
     * @return the pointer
     */
    static String ofPropertyPath(String path) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        StringBuilder name = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(name, tokens);
                i++;
            } else if (c == '[') {
                flush(name, tokens);
                int end = path.indexOf(']', i);
                if (end < 0) {
                    end = path.length();
                }
                tokens.add(path.substring(i + 1, end));
                i = end + 1;
            } else if (c == '<') {
                flush(name, tokens);
                int end = path.indexOf('>', i);
                i = end < 0 ? path.length() : end + 1;
            } else {
                name.append(c);
                i++;
            }
        }
        flush(name, tokens);
        if (!tokens.isEmpty() && Binding.RULE_NAMES.contains(tokens.get(tokens.size() - 1))) {
            String target = RULE_TARGETS.get(tokens.remove(tokens.size() - 1));
            if (target != null) {
                tokens.add(target);
            }
        }
        StringBuilder sb = new StringBuilder();
        tokens.forEach(t -> sb.append('/').append(escape(t)));
        return sb.toString();
    }

    private static void flush(StringBuilder name, List<String> tokens) {
        if (name.length() > 0) {
            tokens.add(name.toString());
            name.setLength(0);
        }
    }
}
