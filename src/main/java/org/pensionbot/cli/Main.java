package org.pensionbot.cli;
public final class Main { public static void main(String[] a) {} }
