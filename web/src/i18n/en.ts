// The app's English texts: the same keys as nl.ts (the type below makes a missing or extra key a
// type error). British English, as the dates and numbers (en-GB) are.
import type { nl } from "./nl";

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

export const en: Catalogue<typeof nl> = {
  app: {
    loadingAccount: "your account",
    logout: "Log out",
    mainMenu: "Main",
    sessionEnded: "Your session ended. Please log in again.",
    skip: "Skip to content",
  },
  common: {
    cancel: "Cancel",
    loadingWhat: "Loading {{what}}…",
    saving: "Saving…",
    tryAgain: "Try again",
  },
  input: {
    date: {
      invalid: "Type a date as dd-mm-yyyy, for example 02-03-2026.",
      pattern: "dd-mm-yyyy",
    },
    time: {
      invalid: "Type a time as hh:mm (24-hour clock), for example 09:30 or 18:00.",
      pattern: "hh:mm",
    },
  },
  journey: {
    atHome: "at home",
    digital: "digital",
    digitalStep: "digital step",
    empty: {
      text: "The arrangement has no digital or physical steps these days.",
      title: "No care steps in this period",
    },
    followUpArranged: "→ a visit at home is arranged",
    followUpBefore: "→ a visit at home before {{time}}",
    insteadOf: "instead of the {{steps}}",
    noFollowUp: "→ no visit follows from this step",
    state: {
      arranged: "arranged",
      done: "done",
      finding: "we are finding a caregiver",
      heldBy: "held by {{name}}",
      missed: "missed",
      not_reached: "not reached",
      open: "open",
      openUrgent: "open, urgent",
      out_of_range: "measurements out of range",
    },
    title: "Care journey",
  },
  language: {
    switch: "Language",
  },
  login: {
    busy: "Logging in…",
    email: "Email",
    password: "Password",
    refused: "That email and password do not match an account.",
    submit: "Log in",
    tagline: "Home care, shared by a crowd of caregivers.",
  },
  nav: {
    alarm: "Alarm",
    alarmPolicy: "Alarm policy",
    alarms: "Alarms",
    availability: "Availability",
    board: "Board",
    caregivers: "Caregivers",
    certificates: "Certificates",
    clients: "Clients",
    day: "My day",
    feed: "Open tasks",
    kpis: "Key figures",
    map: "Map",
    organisations: "Organisations",
    planner: "Planner",
    visits: "Visits",
  },
  role: {
    alarm_centre: "Alarm centre",
    analyst: "Analyst",
    caregiver: "Caregiver",
    client: "Client",
    coordinator: "Care coordinator",
    org_admin: "Organisation admin",
    platform_admin: "Platform admin",
  },
};
