/**
 * SIPAS survey data for {@link io.github.parindex.sipas}: the official questionnaire designs as data
 * ({@link io.github.parindex.rules.survey.SipasQuestionnaires}) and streaming readers of respondent-level answers
 * from CSV ({@link io.github.parindex.rules.survey.SurveyCsvReader}) and JSON
 * ({@link io.github.parindex.rules.survey.SurveyJsonReader}), which report every bad row with its row number,
 * column and reason ({@link io.github.parindex.rules.survey.ReadReport}).
 */
package io.github.parindex.rules.survey;
