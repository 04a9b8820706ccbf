#!/bin/sh
echo 'placeholder for seed-table: the app script is not in this repository'
