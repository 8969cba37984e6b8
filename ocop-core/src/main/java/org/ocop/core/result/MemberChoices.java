package org.ocop.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The council members' chosen options on one criterion, by member id (<i>lựa chọn của các thành viên</i>):
 * an immutable, compact {@link Map} in the members' order, members who left the criterion out absent
 * ({@link GateCheck#getMemberChoices()}). Stored as the council's member ids (shared by every criterion of one
 * result) and one int per member, so that a result with many gates keeps no map per gate. Equal to any
 * {@link Map} with the same entries; every mutator throws {@link UnsupportedOperationException}.
 */
public final class MemberChoices extends IntValuedMap<String> {

    private static final MemberChoices EMPTY = new MemberChoices(new Members(List.of()), new int[0], 0);

    private final Members members;
    /** options[i]: member i's option, negative when absent. */
    private final int[] options;
    private final int size;

    private MemberChoices(Members members, int[] options, int size) {
        this.members = members;
        this.options = options;
        this.size = size;
    }

    /** @return the empty map */
    public static MemberChoices of() {
        return EMPTY;
    }

    /**
     * @param choices member id → chosen option index (0 or more), no nulls
     * @return the same entries, in the map's order; {@code choices} itself when it is a {@code MemberChoices}
     * @throws NullPointerException for a null key or value
     * @throws IllegalArgumentException for a negative option
     */
    public static MemberChoices copyOf(Map<String, Integer> choices) {
        if (choices instanceof MemberChoices m) {
            return m;
        }
        List<String> ids = new ArrayList<>(choices.size());
        int[] options = new int[choices.size()];
        for (Map.Entry<String, Integer> e : choices.entrySet()) {
            int option = Objects.requireNonNull(e.getValue(), "memberChoices value");
            if (option < 0) {
                throw new IllegalArgumentException("An option index is 0 or more, got " + option + " for member "
                        + e.getKey());
            }
            options[ids.size()] = option;
            ids.add(Objects.requireNonNull(e.getKey(), "memberChoices key"));
        }
        return new MemberChoices(new Members(List.copyOf(ids)), options, options.length);
    }

    /**
     * @param memberIds the council members' ids, in order, distinct
     * @return the council, from which every criterion's choices are made without copying the ids again
     * @throws IllegalArgumentException when an id repeats
     * @throws NullPointerException for a null id
     */
    public static Members members(List<String> memberIds) {
        List<String> ids = List.copyOf(memberIds);
        for (int i = 1; i < ids.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (ids.get(j).equals(ids.get(i))) {
                    throw new IllegalArgumentException("Member " + ids.get(i) + " appears twice");
                }
            }
        }
        return new Members(ids);
    }

    /** A council's member ids, checked once, shared by the choices made from it. Immutable. */
    public static final class Members {
        private final List<String> ids;

        private Members(List<String> ids) {
            this.ids = ids;
        }

        /** @return the member ids, in order */
        public List<String> getIds() {
            return ids;
        }

        /**
         * @param options each member's option by position in {@link #getIds()}, negative when the member left
         *     the criterion out (copied)
         * @return the choices
         * @throws IllegalArgumentException when there is not one option per member
         */
        public MemberChoices choices(int[] options) {
            if (options.length != ids.size()) {
                throw new IllegalArgumentException(ids.size() + " members but " + options.length + " options");
            }
            int size = 0;
            for (int o : options) {
                size += o >= 0 ? 1 : 0;
            }
            return new MemberChoices(this, options.clone(), size);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    int slots() {
        return options.length;
    }

    @Override
    boolean filled(int i) {
        return options[i] >= 0;
    }

    @Override
    String keyAt(int i) {
        return members.ids.get(i);
    }

    @Override
    int valueAt(int i) {
        return options[i];
    }

    @Override
    int slotOf(Object key) {
        List<String> ids = members.ids;
        for (int i = 0; i < options.length; i++) {
            if (options[i] >= 0 && ids.get(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
