/**
 * SIPAS survey data for {@link io.github.parindex.sipas}: the official questionnaire designs as data
 * ({@link io.github.parindex.sipas.io.SipasQuestionnaires}) and streaming readers of respondent-level answers
 * from CSV ({@link io.github.parindex.sipas.io.SurveyCsvReader}) and JSON
 * ({@link io.github.parindex.sipas.io.SurveyJsonReader}), which report every bad row with its row number,
 * column and reason ({@link io.github.parindex.sipas.io.ReadReport}).
 */
package io.github.parindex.sipas.io;
