package com.deadlinecost.service.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing byte buffer with variable-length integers (LEB128, zigzag for signed) and strings, and its reader. */
final class VarBytes {
    private byte[] bytes;
    private int size;

    VarBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void writeVarint(int value) {
        writeVarLong(value & 0xFFFFFFFFL);
    }

    void writeSignedVarint(int value) {
        writeVarLong(((long) value << 1) ^ ((long) value >> 63));
    }

    void writeSignedVarLong(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeVarLong(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    /** A string as its UTF-8 length plus one (0 for null), then the bytes. */
    void writeString(String value) {
        if (value == null) {
            writeVarint(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeVarint(utf8.length + 1);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Reads what a {@link VarBytes} wrote; a truncated or garbled input fails with IllegalArgumentException. */
    static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int readVarint() {
            long value = readVarLong();
            if (value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("A stored number is out of range: " + value);
            }
            return (int) value;
        }

        int readSignedVarint() {
            return (int) readSignedVarLong();
        }

        long readSignedVarLong() {
            long value = readVarLong();
            return (value >>> 1) ^ -(value & 1);
        }

        long readVarLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte next = next();
                value |= (long) (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("A stored number is longer than 10 bytes");
        }

        long readLong() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (next() & 0xFF);
            }
            return value;
        }

        String readString() {
            int length = readVarint();
            if (length == 0) {
                return null;
            }
            int bytesLong = length - 1;
            if (bytesLong > bytes.length - position) {
                throw new IllegalArgumentException("A stored text runs past the end of the data");
            }
            String value = new String(bytes, position, bytesLong, StandardCharsets.UTF_8);
            position += bytesLong;
            return value;
        }

        private byte next() {
            if (position >= bytes.length) {
                throw new IllegalArgumentException("The stored rows end early");
            }
            return bytes[position++];
        }
    }
}
